namespace KnowledgePay.Application.Common.RateLimiting;

/// <summary>
/// Who a request's allowance is counted against: the signed-in user (the access token's subject), when there is one,
/// and always the client's address (after forwarded headers).
/// </summary>
public sealed record RequestCaller(string? UserId, string Address);
