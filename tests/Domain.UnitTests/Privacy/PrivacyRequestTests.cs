using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Privacy;

namespace KnowledgePay.Domain.UnitTests.Privacy;

public sealed class PrivacyRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public void SubmittingMakesAPendingRequestAndRaisesSubmitted()
    {
        var request = PrivacyRequest.Submit(UserId, PrivacyRequestKind.DataExport, Now);

        Assert.Equal(PrivacyRequestStatus.Pending, request.Status);
        Assert.Equal(Now, request.RequestedAt);
        Assert.Null(request.CompletedAt);
        Assert.Null(request.CancelledAt);
        Assert.Equal(
            [new PrivacyRequestSubmittedEvent(request.Id, UserId, PrivacyRequestKind.DataExport)],
            request.DomainEvents());
    }

    [Fact]
    public void CancellingAPendingRequestRecordsWhenAndRaisesCancelled()
    {
        var request = Submitted(PrivacyRequestKind.AccountDeletion);

        request.Cancel(Now.AddHours(1));

        Assert.Equal(PrivacyRequestStatus.Cancelled, request.Status);
        Assert.Equal(Now.AddHours(1), request.CancelledAt);
        Assert.Equal(
            [new PrivacyRequestCancelledEvent(request.Id, UserId, PrivacyRequestKind.AccountDeletion)],
            request.DomainEvents());
    }

    [Fact]
    public void CompletingAPendingRequestRecordsWhenAndRaisesCompleted()
    {
        var request = Submitted(PrivacyRequestKind.DataExport);

        request.Complete(Now.AddDays(1));

        Assert.Equal(PrivacyRequestStatus.Completed, request.Status);
        Assert.Equal(Now.AddDays(1), request.CompletedAt);
        Assert.Equal(
            [new PrivacyRequestCompletedEvent(request.Id, UserId, PrivacyRequestKind.DataExport)],
            request.DomainEvents());
    }

    [Fact]
    public void CompletingAnAccountDeletionRaisesTheErasureBeforeTheCompletion()
    {
        var request = Submitted(PrivacyRequestKind.AccountDeletion);
        request.ClearDomainEvents();

        request.Complete(Now.AddDays(15));

        Assert.Equal(
            [new AccountErasedEvent(request.Id, UserId), new PrivacyRequestCompletedEvent(request.Id, UserId, PrivacyRequestKind.AccountDeletion)],
            request.DomainEvents());
    }

    [Theory]
    [InlineData(PrivacyRequestStatus.Cancelled)]
    [InlineData(PrivacyRequestStatus.Completed)]
    public void FailsWhenCancellingARequestThatIsNoLongerPending(PrivacyRequestStatus status)
    {
        var request = Finished(status);

        var error = Assert.Throws<DomainException>(() => request.Cancel(Now.AddDays(2)));

        Assert.Equal("PRIVACY_REQUEST_NOT_PENDING", error.Code);
        Assert.Equal(status, request.Status);
        Assert.Empty(request.DomainEvents());
    }

    [Theory]
    [InlineData(PrivacyRequestStatus.Cancelled)]
    [InlineData(PrivacyRequestStatus.Completed)]
    public void FailsWhenCompletingARequestThatIsNoLongerPending(PrivacyRequestStatus status)
    {
        var request = Finished(status);

        var error = Assert.Throws<DomainException>(() => request.Complete(Now.AddDays(2)));

        Assert.Equal("PRIVACY_REQUEST_NOT_PENDING", error.Code);
        Assert.Equal(status, request.Status);
        Assert.Empty(request.DomainEvents());
    }

    [Fact]
    public void FailsWhenAnAccountDeletionIsCompletedWhileCoolingOff()
    {
        var request = Submitted(PrivacyRequestKind.AccountDeletion);
        request.StartCoolingOff(Now.AddDays(15));

        var error = Assert.Throws<DomainException>(() => request.Complete(Now.AddDays(15).AddTicks(-1)));

        Assert.Equal("PRIVACY_COOLING_OFF", error.Code);
        Assert.Equal(PrivacyRequestStatus.Pending, request.Status);
        Assert.Empty(request.DomainEvents());
    }

    [Fact]
    public void ErasesWhenAnAccountDeletionIsCompletedOnceCooledOff()
    {
        var request = Submitted(PrivacyRequestKind.AccountDeletion);
        request.StartCoolingOff(Now.AddDays(15));

        request.Complete(Now.AddDays(15));

        Assert.Equal(PrivacyRequestStatus.Completed, request.Status);
        Assert.Equal(Now.AddDays(15), request.ErasableAt);
        Assert.Contains(new AccountErasedEvent(request.Id, UserId), request.DomainEvents());
    }

    [Fact]
    public void FailsWhenAnExportIsGivenACoolingOff()
    {
        var request = Submitted(PrivacyRequestKind.DataExport);

        var error = Assert.Throws<DomainException>(() => request.StartCoolingOff(Now.AddDays(15)));

        Assert.Equal("PRIVACY_NOT_AN_ACCOUNT_DELETION", error.Code);
        Assert.Null(request.ErasableAt);
    }

    private static PrivacyRequest Submitted(PrivacyRequestKind kind)
    {
        var request = PrivacyRequest.Submit(UserId, kind, Now);
        request.ClearDomainEvents();
        return request;
    }

    private static PrivacyRequest Finished(PrivacyRequestStatus status)
    {
        var request = Submitted(PrivacyRequestKind.AccountDeletion);
        if (status == PrivacyRequestStatus.Cancelled)
        {
            request.Cancel(Now.AddHours(1));
        }
        else
        {
            request.Complete(Now.AddHours(1));
        }

        request.ClearDomainEvents();
        return request;
    }
}
