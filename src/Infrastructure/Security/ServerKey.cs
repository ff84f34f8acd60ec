namespace KnowledgePay.Infrastructure.Security;

/// <summary>A server key: the setting that holds it (base64) and the file Development keeps it in when the setting is unset.</summary>
internal sealed record ServerKey(string Setting, string FileName);
