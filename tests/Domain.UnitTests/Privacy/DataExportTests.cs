using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.Domain.UnitTests.Privacy;

public sealed class DataExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void ReadyTakesTheRequestsIdAndUserExpiresAfterTheRetentionAndRaisesReady()
    {
        var request = PrivacyRequest.Submit(UserId, PrivacyRequestKind.DataExport, Now);

        var export = DataExport.Ready(request, Now, Retention);

        Assert.Equal((request.Id, UserId, Now + Retention), (export.Id, export.UserId, export.ExpiresAt));
        Assert.Equal([new DataExportReadyEvent(request.Id, UserId, Now + Retention)], export.DomainEvents());
    }

    [Fact]
    public void MarksTheDownloadOnceAndRefusesASecond()
    {
        var export = Ready();

        export.MarkDownloaded(Now.AddHours(1));
        var second = Assert.Throws<DomainException>(() => export.MarkDownloaded(Now.AddHours(2)));

        Assert.Equal(Now.AddHours(1), export.DownloadedAt);
        Assert.Equal("PRIVACY_EXPORT_ALREADY_DOWNLOADED", second.Code);
        Assert.Equal([new DataExportDownloadedEvent(export.Id, UserId)], export.DomainEvents());
    }

    [Fact]
    public void RefusesADownloadFromTheMomentItExpires()
    {
        var export = Ready();

        var refused = Assert.Throws<DomainException>(() => export.MarkDownloaded(Now + Retention));

        Assert.Equal("PRIVACY_EXPORT_EXPIRED", refused.Code);
        Assert.Null(export.DownloadedAt);
    }

    [Fact]
    public void IsDueForTheSweepOnceDownloadedOrExpiredAndNotAfterItIsPurged()
    {
        var downloaded = Ready();
        downloaded.MarkDownloaded(Now.AddMinutes(5));
        var kept = Ready();

        Assert.True(downloaded.IsDue(Now.AddMinutes(6)));
        Assert.False(kept.IsDue(Now + Retention - TimeSpan.FromTicks(1)));
        Assert.True(kept.IsDue(Now + Retention));
        kept.MarkPurged(Now + Retention);
        Assert.False(kept.IsDue(Now + Retention));
        Assert.Equal("PRIVACY_EXPORT_EXPIRED", Assert.Throws<DomainException>(() => kept.EnsureDownloadable(Now)).Code);
    }

    [Fact]
    public void WithdrawingOnErasureEndsTheDownloadAtOnceAndLeavesAnEarlierExpiryAlone()
    {
        var export = Ready();

        export.Withdraw(Now.AddDays(1));
        export.Withdraw(Now.AddDays(2));

        Assert.Equal(Now.AddDays(1), export.ExpiresAt);
        Assert.True(export.IsDue(Now.AddDays(1)));
    }

    private static DataExport Ready()
    {
        var export = DataExport.Ready(PrivacyRequest.Submit(UserId, PrivacyRequestKind.DataExport, Now), Now, Retention);
        export.ClearDomainEvents();
        return export;
    }
}
