namespace KnowledgePay.Application.Privacy.Export;

/// <summary>Where built export archives are kept, encrypted at rest; each is named by its export's id.</summary>
public interface IDataExportStore
{
    /// <summary>Stores the archive, replacing one stored before under the same id (a rebuild after a failure).</summary>
    Task SaveAsync(Guid exportId, byte[] archive, CancellationToken cancellationToken);

    /// <summary>The decrypted archive, or null when none is stored (deleted already).</summary>
    Task<byte[]?> ReadAsync(Guid exportId, CancellationToken cancellationToken);

    /// <summary>Deletes the archive; nothing happens when none is stored.</summary>
    Task DeleteAsync(Guid exportId, CancellationToken cancellationToken);
}
