using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Privacy;

/// <summary>
/// The copy of a user's personal data that answered their data export request: an encrypted archive kept for a while,
/// downloadable once by that user alone. Once downloaded or expired, the sweep deletes the archive and marks it purged.
/// </summary>
public sealed class DataExport : Entity
{
    private DataExport()
    {
    }

    /// <summary>One export answers one request, so it takes the request's id: a rebuild after a failure stores the same archive.</summary>
    private DataExport(Guid privacyRequestId)
        : base(privacyRequestId)
    {
    }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? DownloadedAt { get; private set; }

    /// <summary>When the archive was deleted from storage; nothing can be downloaded any more.</summary>
    public DateTimeOffset? PurgedAt { get; private set; }

    /// <summary>Changes on each transition, so two downloads racing cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>The request's archive was stored; the request is answered by it.</summary>
    public static DataExport Ready(PrivacyRequest request, DateTimeOffset now, TimeSpan retention)
    {
        var export = new DataExport(request.Id)
        {
            UserId = request.UserId,
            CreatedAt = now,
            ExpiresAt = now + retention,
        };
        export.Raise(new DataExportReadyEvent(export.Id, request.UserId, export.ExpiresAt));
        return export;
    }

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Whether a link or download may still be given: not yet downloaded, not expired, not purged.</summary>
    public void EnsureDownloadable(DateTimeOffset now)
    {
        if (DownloadedAt is not null)
        {
            throw PrivacyRequestErrors.ExportAlreadyDownloaded();
        }

        if (PurgedAt is not null || IsExpired(now))
        {
            throw PrivacyRequestErrors.ExportExpired();
        }
    }

    public void MarkDownloaded(DateTimeOffset now)
    {
        EnsureDownloadable(now);
        DownloadedAt = now;
        Version++;
        Raise(new DataExportDownloadedEvent(Id, UserId));
    }

    /// <summary>Whether the sweep should delete the archive: downloaded already, or kept as long as promised.</summary>
    public bool IsDue(DateTimeOffset now) => PurgedAt is null && (DownloadedAt is not null || IsExpired(now));

    public void MarkPurged(DateTimeOffset now)
    {
        PurgedAt = now;
        Version++;
    }

    /// <summary>The account is being erased: the archive may no longer be downloaded, and the next sweep deletes it.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (ExpiresAt > now)
        {
            ExpiresAt = now;
            Version++;
        }
    }
}
