namespace KnowledgePay.Application.Identity.Queries.GetUsersByPhone;

/// <summary>An account a looked-up number is bound to, as an admin needs it to follow up (no openid, no number).</summary>
public sealed record PhoneOwnerDto(Guid Id, string? Nickname, DateTimeOffset CreatedAt, DateTimeOffset LastLoginAt);
