using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Infrastructure.Storage;

namespace KnowledgePay.Infrastructure.Privacy;

/// <summary>
/// Export archives in <c>{data folder}/data-exports</c>, one private file per export, AES-GCM encrypted by the
/// <see cref="ISecretProtector"/> (key <c>Identity:EncryptionKey</c>): the plaintext never touches the disk.
/// </summary>
internal sealed class FileSystemDataExportStore(string folder, ISecretProtector protector) : IDataExportStore
{
    public async Task SaveAsync(Guid exportId, byte[] archive, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(exportId);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        await using (var file = new FileStream(partial, PrivateFile.CreateNewOptions()))
        {
            await file.WriteAsync(protector.Protect(archive), cancellationToken);
        }

        // Whole or not at all: a reader never sees half an archive.
        File.Move(partial, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(Guid exportId, CancellationToken cancellationToken)
    {
        try
        {
            return protector.Unprotect(await File.ReadAllBytesAsync(PathOf(exportId), cancellationToken));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(Guid exportId, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(exportId));
        return Task.CompletedTask;
    }

    private string PathOf(Guid exportId) => Path.Combine(folder, $"{exportId:N}.zip.enc");
}
