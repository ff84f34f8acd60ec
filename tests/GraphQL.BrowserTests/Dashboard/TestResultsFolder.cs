namespace KnowledgePay.GraphQL.BrowserTests.Dashboard;

/// <summary>
/// Where screenshots go: <c>KNOWLEDGEPAY_TEST_RESULTS</c> (scripts/test.sh points it at its results directory),
/// else <c>TestResults/</c> at the repository root.
/// </summary>
public static class TestResultsFolder
{
    public static string Screenshots { get; } = Prepare();

    private static string Prepare()
    {
        var root = Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_RESULTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), "TestResults");
        return Directory.CreateDirectory(Path.Combine(root, "dashboard")).FullName;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KnowledgePay.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
