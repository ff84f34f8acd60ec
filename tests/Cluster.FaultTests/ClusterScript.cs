using System.Diagnostics;

namespace KnowledgePay.Cluster.FaultTests;

/// <summary>
/// <c>scripts/cluster.sh</c> on a run directory and ports of this test run: the cluster's own PostgreSQL and Redis, which
/// the tests stop and start, never the servers other tests share. The product is the build the test command made.
/// </summary>
public sealed class ClusterScript
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    private readonly string _script;
    private readonly Dictionary<string, string> _environment;

    public ClusterScript(string runDirectory, int basePort)
    {
        var root = RepositoryRoot();
        _script = Path.Combine(root, "scripts", "cluster.sh");
        _environment = new Dictionary<string, string>
        {
            ["KNOWLEDGEPAY_CLUSTER_DIR"] = runDirectory,
            ["KNOWLEDGEPAY_CLUSTER_PORT"] = basePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The test command built the solution already; this assembly's configuration names that build.
            ["KNOWLEDGEPAY_CLUSTER_BUILD"] = "0",
            ["KNOWLEDGEPAY_CLUSTER_CONFIGURATION"] = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name,
            // Short lease checks and model polls keep takeovers quick; retries of notifications at a hundredth of WeChat's pace.
            ["KNOWLEDGEPAY_CLUSTER_NODE_SETTINGS"] = "Cluster__LeaseCheckInterval=00:00:01 Cluster__ModelPollInterval=00:00:01",
        };
    }

    public Task RunAsync(params string[] arguments) => RunAsync(CommandTimeout, arguments);

    private async Task RunAsync(TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cluster.sh {string.Join(' ', arguments)} took longer than {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):{Environment.NewLine}{await output}{await error}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgePay.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgePay.sln not found above the test assembly.");
    }
}
