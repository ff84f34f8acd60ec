namespace KnowledgePay.Application.Referrals.Queries;

public sealed record CommissionRateDto(Guid OfferId, int Level1Bp, int Level2Bp);
