using System.Security.Cryptography;

namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary>Outside Development the host starts only with what every instance must share, and never with the simulator.</summary>
public sealed class ProductionStartTests
{
    private const string CdnKeySetting = "Media:Cdn:Key";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private static readonly string[] KeySettings = ["Identity:Jwt:SigningKey", "Identity:EncryptionKey", "Media:SigningKey", "Identity:PhoneIndexKey"];

    [Fact]
    public async Task RefusesToStartWhenSimulatorIsSwitchedOnInProduction()
    {
        var settings = WithKeys();
        settings["WeChatSimulator:Embedded"] = "true";
        await using var host = HostProcess.Start(HostProcess.DebugAssembly, "Production", settings);

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("WeChatSimulator:Embedded is on, but the environment is Production", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToStartNamingEveryMissingKeyWhenKeysAreNotConfiguredInProduction()
    {
        await using var host = HostProcess.Start(HostProcess.DebugAssembly, "Production", Quiet());

        var exitCode = await host.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.All([.. KeySettings, CdnKeySetting], setting => Assert.Contains(setting, host.Output, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(host.DataFolder, "*.key"));
    }

    [Fact]
    public async Task StartsWithADatabaseFileOnlyItsOwnerCanReadWhenKeysAreConfiguredInProduction()
    {
        await using var host = HostProcess.Start(HostProcess.DebugAssembly, "Production", WithKeys());

        await host.WaitUntilListeningAsync(StartTimeout);

        Assert.Empty(Directory.GetFiles(host.DataFolder, "*.key"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(host.DataFolder, "knowledgepay.db")));
        }
    }

    private static Dictionary<string, string> Quiet() => new()
    {
        ["Database:SeedDemoData"] = "false",
        ["Orders:Sweep:Enabled"] = "false",
    };

    private static Dictionary<string, string> WithKeys()
    {
        var settings = Quiet();
        foreach (var setting in KeySettings)
        {
            settings[setting] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        settings[CdnKeySetting] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

        return settings;
    }
}
