namespace KnowledgePay.Application.Privacy.Export;

/// <summary>Signed, short-lived download links that name the export and the one user who may use them.</summary>
public interface IDataExportLinks
{
    DataExportLink Sign(Guid exportId, Guid userId, DateTimeOffset now);

    /// <summary>Whether the link's signature is genuine for this export and user, and the link has not expired.</summary>
    bool IsValid(Guid exportId, Guid userId, string? expires, string? signature, DateTimeOffset now);
}

/// <summary>A relative URL (GET it with the user's bearer token) and when it stops working.</summary>
public sealed record DataExportLink(string Url, DateTimeOffset ExpiresAt);
