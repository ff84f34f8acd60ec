namespace KnowledgePay.Application.Common.Security;

/// <summary>Marks a message that callers may send without signing in; every other message requires a user.</summary>
public interface IAllowAnonymous;
