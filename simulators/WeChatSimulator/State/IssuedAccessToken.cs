namespace KnowledgePay.WeChatSimulator.State;

internal sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);
