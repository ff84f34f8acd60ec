namespace KnowledgePay.WeChatSimulator.State;

/// <summary>What a test asks for; every missing value is generated (or kept, for an existing user).</summary>
internal sealed record UserRegistration(string? OpenId, string? UnionId, string? PhoneNumber, bool? Risky);
