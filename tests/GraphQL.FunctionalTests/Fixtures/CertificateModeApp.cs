using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>The host on SQLite with a merchant in certificate mode: WeChat Pay signs with platform certificates that rotate.</summary>
public sealed class CertificateModeApp : SqliteApp
{
    protected override PlatformKeyMode PayKeyMode => PlatformKeyMode.Certificate;
}
