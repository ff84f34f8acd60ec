using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Storage;

/// <summary>Where the app keeps local files (the embedded SQLite database among them): <c>Storage:DataFolder</c>.</summary>
public static class DataFolder
{
    public static string Prepare(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataFolder"];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? ".data" : configured, environment.ContentRootPath);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            // It holds keys and the database, so a folder the app creates is its user's alone (an existing one keeps its mode).
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
