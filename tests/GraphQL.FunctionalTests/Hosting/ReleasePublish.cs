using System.Diagnostics;

namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary><c>dotnet publish src/GraphQL -c Release</c> into a temporary folder, once for the tests that share it.</summary>
public sealed class ReleasePublish : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("knowledgepay-release-").FullName;

    public string HostAssembly => Path.Combine(Folder, "KnowledgePay.GraphQL.dll");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", Path.Combine("src", "GraphQL", "GraphQL.csproj"), "-c", "Release", "-o", Folder, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgePay.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No KnowledgePay.sln above {AppContext.BaseDirectory}.");
    }
}
