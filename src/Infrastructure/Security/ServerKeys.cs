using System.Security.Cryptography;
using KnowledgePay.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// A 256-bit server key: base64 from configuration, or else generated once and kept in the data folder, so a
/// development machine keeps issued tokens and encrypted data readable across restarts. Production sets the key.
/// </summary>
internal static class ServerKeys
{
    public const int MinimumBytes = 32;

    public static byte[] Load(IConfiguration configuration, IHostEnvironment environment, string configurationKey, string fileName)
    {
        if (configuration[configurationKey] is { Length: > 0 } configured)
        {
            return Decode(configured, configurationKey);
        }

        var path = Path.Combine(DataFolder.Prepare(configuration, environment), fileName);
        return File.Exists(path) ? Decode(File.ReadAllText(path), path) : Create(path);
    }

    private static byte[] Create(string path)
    {
        var key = RandomNumberGenerator.GetBytes(MinimumBytes);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; everyone must use that one.
            return Decode(File.ReadAllText(path), path);
        }
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"The key in {source} is not base64.", exception);
        }

        return key.Length >= MinimumBytes
            ? key
            : throw new InvalidOperationException($"The key in {source} has {key.Length} bytes; at least {MinimumBytes} are required.");
    }
}
