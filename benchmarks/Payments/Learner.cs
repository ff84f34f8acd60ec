namespace KnowledgePay.Payments;

/// <summary>A signed-in buyer: the user the product created at login and the access token it issued.</summary>
internal sealed record Learner(Guid UserId, string OpenId, string AccessToken);
