using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>Either a token or the error that refused one.</summary>
internal sealed record StableTokenOutcome(IssuedAccessToken? Token, WeChatError? Error);
