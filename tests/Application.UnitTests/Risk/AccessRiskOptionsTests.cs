using KnowledgePay.Application.Risk.Access;

namespace KnowledgePay.Application.UnitTests.Risk;

/// <summary>The documented default thresholds of the access rules (docs/decisions/0045), at their edges.</summary>
public sealed class AccessRiskOptionsTests
{
    private readonly AccessRiskOptions _defaults = new();

    [Theory]
    [InlineData(4, 9, false)]
    [InlineData(5, 1, true)]
    [InlineData(2, 10, true)]
    public void CallsItSharingFromFiveDevicesOrTenAddresses(int devices, int addresses, bool sharing) =>
        Assert.Equal(sharing, _defaults.AccountSharing.IsSharing(devices, addresses));

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void AdmitsAStreamWhileFewerThanTwoOthersPlay(int otherLiveStreams, bool admitted) =>
        Assert.Equal(admitted, _defaults.ConcurrentStreams.Admits(otherLiveStreams));

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void FlagsStreamRefusalsFromTheThird(int refusals, bool repeated) =>
        Assert.Equal(repeated, _defaults.ConcurrentStreams.IsRepeated(refusals));

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    public void FlagsAnAddressFromFiftyAccounts(int openIds, bool many) =>
        Assert.Equal(many, _defaults.LoginAbuse.IsManyAccounts(openIds));

    [Theory]
    [InlineData(19, 9, false, false)]
    [InlineData(20, 10, true, true)]
    public void FlagsTwentyFailuresFromAnAddressOrTenForAnOpenId(int fromAddress, int forOpenId, bool addressFlagged, bool openIdFlagged) =>
        Assert.Equal(
            (addressFlagged, openIdFlagged),
            (_defaults.LoginAbuse.IsManyFailuresFromAddress(fromAddress), _defaults.LoginAbuse.IsManyFailuresForOpenId(forOpenId)));

    [Fact]
    public void KeepsSignalsThirtyDaysAndCountsInTheDocumentedWindows() =>
        Assert.Equal(
            (30, TimeSpan.FromHours(24), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), TimeSpan.FromMinutes(15)),
            (_defaults.SignalRetentionDays, _defaults.AccountSharing.Window, _defaults.ConcurrentStreams.LiveFor,
                _defaults.LoginAbuse.AccountsWindow, _defaults.LoginAbuse.FailuresWindow));
}
