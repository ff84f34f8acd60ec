using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>One generated key set per mode for the whole test run.</summary>
internal static class TestPayKeys
{
    private static readonly Lazy<WeChatPayKeys> PublicKey = new(() => WeChatPayKeys.Generate(PlatformKeyMode.PublicKey));
    private static readonly Lazy<WeChatPayKeys> Certificate = new(() => WeChatPayKeys.Generate(PlatformKeyMode.Certificate));
    private static readonly Lazy<WeChatPayKeys> Migrating = new(() => WeChatPayKeys.Generate(PlatformKeyMode.Migrating));

    public static WeChatPayKeys PublicKeyMode => PublicKey.Value;

    public static WeChatPayKeys CertificateMode => Certificate.Value;

    public static WeChatPayKeys MigratingMode => Migrating.Value;
}
