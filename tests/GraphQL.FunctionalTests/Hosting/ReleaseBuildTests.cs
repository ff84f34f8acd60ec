namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary>The simulator mints logins and confirms payments, so what ships (a Release build) does not contain it.</summary>
public sealed class ReleaseBuildTests(ReleasePublish release) : IClassFixture<ReleasePublish>
{
    [Fact]
    public void ContainsNoSimulatorAssemblyWhenPublishedForRelease()
    {
        var files = Directory.GetFiles(release.Folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        var dependencies = File.ReadAllText(Path.Combine(release.Folder, "KnowledgePay.GraphQL.deps.json"));

        Assert.Contains("KnowledgePay.GraphQL.dll", files);
        Assert.DoesNotContain(files, file => file!.Contains("WeChatSimulator", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("WeChatSimulator", dependencies, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusesToStartWhenSimulatorIsSwitchedOnInAReleaseBuild()
    {
        await using var host = HostProcess.Start(release.HostAssembly, "Development", new Dictionary<string, string>
        {
            ["WeChatSimulator:Embedded"] = "true",
            ["Database:SeedDemoData"] = "false",
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, exitCode);
        Assert.Contains("WeChatSimulator:Embedded is on, but this build of the host does not contain it", host.Output, StringComparison.Ordinal);
    }
}
