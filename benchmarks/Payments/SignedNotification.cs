namespace KnowledgePay.Payments;

/// <summary>A payment notification exactly as WeChat Pay would POST it: signed headers and the encrypted envelope.</summary>
internal sealed record SignedNotification(IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);
