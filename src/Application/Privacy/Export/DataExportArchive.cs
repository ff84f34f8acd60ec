using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace KnowledgePay.Application.Privacy.Export;

/// <summary>
/// The zip a user receives: <c>README.json</c> (whose data, when, which sections) and one <c>{Name}.json</c> per section,
/// written as the records are stored (enums by name, Chinese unescaped), so the copy is readable without our software
/// (PIPL art. 45: the copy must be provided; art. 45 ¶3 asks for it in a form another handler can take).
/// </summary>
internal static class DataExportArchive
{
    public const string ManifestName = "README.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<byte[]> BuildAsync(
        IEnumerable<IPersonalDataSection> sections, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ordered = sections.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await WriteAsync(zip, ManifestName, new
            {
                userId,
                generatedAt = now,
                sections = ordered.Select(s => $"{s.Name}.json"),
                about = "Everything KnowledgePay holds about this account, one file per part of the service.",
            }, cancellationToken);
            foreach (var section in ordered)
            {
                await WriteAsync(zip, $"{section.Name}.json", await section.CollectAsync(userId, cancellationToken), cancellationToken);
            }
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(ZipArchive zip, string name, object document, CancellationToken cancellationToken)
    {
        await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await JsonSerializer.SerializeAsync(entry, document, document.GetType(), Json, cancellationToken);
    }
}
