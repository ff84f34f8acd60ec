namespace KnowledgePay.Application.Referrals.Queries;

/// <summary>The rates of a course (<see cref="CourseId"/>) or an offer (<see cref="OfferId"/>), in basis points.</summary>
public sealed record CommissionRateDto(Guid? CourseId, Guid? OfferId, int Level1Bp, int Level2Bp);
