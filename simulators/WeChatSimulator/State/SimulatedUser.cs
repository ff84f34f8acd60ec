namespace KnowledgePay.WeChatSimulator.State;

internal sealed record SimulatedUser(string OpenId, string UnionId, string PhoneNumber, bool Risky, string SessionKey);
