using System.Security.Cryptography;
using KnowledgePay.Infrastructure.Hosting;
using KnowledgePay.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// The server's keys. Every instance must sign and encrypt with the same ones, so outside Development they come from
/// configuration and a missing one stops the start. Development generates each once into the data folder, which keeps
/// issued tokens and encrypted data readable across restarts of one machine.
/// </summary>
internal static class ServerKeys
{
    public const int MinimumBytes = 32;

    public static readonly ServerKey JwtSigning = new("Identity:Jwt:SigningKey", "jwt-signing.key");
    public static readonly ServerKey Encryption = new("Identity:EncryptionKey", "encryption.key");
    public static readonly ServerKey MediaSigning = new("Media:SigningKey", "media-signing.key");
    public static readonly ServerKey PhoneIndex = new("Identity:PhoneIndexKey", "phone-index.key");

    /// <summary>The CDN's URL authentication key (<c>MediaCdnSettings</c>): not one of ours to generate, but required all the same.</summary>
    public const string CdnKeySetting = "Media:Cdn:Key";

    private static readonly ServerKey[] All = [JwtSigning, Encryption, MediaSigning, PhoneIndex];

    public static byte[] Load(IConfiguration configuration, IHostEnvironment environment, ServerKey key)
    {
        if (configuration[key.Setting] is { Length: > 0 } configured)
        {
            return Decode(configured, key.Setting);
        }

        if (!environment.IsDevelopment())
        {
            throw new StartRefusedException(MissingMessage([key], environment));
        }

        var path = Path.Combine(DataFolder.Prepare(configuration, environment), key.FileName);
        return File.Exists(path) ? Decode(File.ReadAllText(path), path) : Create(path);
    }

    /// <summary>Outside Development, names every key that configuration lacks, so one failed start lists them all.</summary>
    public static void RequireConfigured(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var missing = All.Where(key => string.IsNullOrEmpty(configuration[key.Setting])).ToList();
        var cdnKeyMissing = string.IsNullOrEmpty(configuration[CdnKeySetting]);
        if (missing.Count > 0 || cdnKeyMissing)
        {
            throw new StartRefusedException(MissingMessage(missing, environment, cdnKeyMissing));
        }
    }

    private static string MissingMessage(
        IReadOnlyCollection<ServerKey> missing, IHostEnvironment environment, bool cdnKeyMissing = false)
    {
        var message = $"KnowledgePay cannot start in environment {environment.EnvironmentName}: configure";
        if (missing.Count > 0)
        {
            message += " " + string.Join(", ", missing.Select(key => key.Setting))
                + $" (each base64 of at least {MinimumBytes} random bytes, the same on every instance, e.g. from `openssl rand -base64 32`)";
        }

        if (cdnKeyMissing)
        {
            message += $"{(missing.Count > 0 ? " and" : string.Empty)} {CdnKeySetting} (the CDN's URL authentication key for lesson media, 6 to 40 letters and digits)";
        }

        return message + ". Only Development generates missing keys into the data folder.";
    }

    private static byte[] Create(string path)
    {
        var key = RandomNumberGenerator.GetBytes(MinimumBytes);
        try
        {
            using var writer = new StreamWriter(path, PrivateFile.CreateNewOptions());
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
