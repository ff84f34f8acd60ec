namespace KnowledgePay.Application.Pricing;

/// <summary>Buying the cart's one line in a group (拼团) of deal <see cref="DealId"/>: joining <see cref="GroupId"/>, or opening a new group.</summary>
public sealed record GroupBuyRequest(Guid DealId, Guid? GroupId = null);
