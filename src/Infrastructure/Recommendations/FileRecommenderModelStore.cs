using System.Globalization;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Recommender.Serving;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// Models as <c>model-&lt;version&gt;.bin</c> files in one folder (<c>&lt;Storage:DataFolder&gt;/recommender</c> in
/// the product). A file is written under a temporary name and renamed, so a reader never sees half a model; the
/// latest <see cref="KeptVersions"/> files stay for inspection or rollback.
/// </summary>
internal sealed class FileRecommenderModelStore(string folder) : IRecommenderModelStore
{
    public const int KeptVersions = 3;
    private const string Prefix = "model-";
    private const string Extension = ".bin";

    public async Task SaveAsync(RecommenderModel model, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Prefix}{model.Version.ToString("D12", CultureInfo.InvariantCulture)}{Extension}");
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new MemoryStream();
            RecommenderModelFile.Write(buffer, model);
            buffer.Position = 0;
            await buffer.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
        foreach (var old in Versions().Skip(KeptVersions))
        {
            File.Delete(old.Path);
        }
    }

    public async Task<RecommenderModel?> LoadLatestAsync(CancellationToken cancellationToken)
    {
        if (Versions().FirstOrDefault() is not { Path: { } path })
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return RecommenderModelFile.Read(new MemoryStream(bytes));
    }

    /// <summary>Saved models, newest first.</summary>
    private IEnumerable<(long Version, string Path)> Versions() =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, $"{Prefix}*{Extension}")
                .Select(path => (Name: Path.GetFileNameWithoutExtension(path)[Prefix.Length..], Path: path))
                .Where(file => long.TryParse(file.Name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .Select(file => (long.Parse(file.Name, CultureInfo.InvariantCulture), file.Path))
                .OrderByDescending(file => file.Item1);
}
