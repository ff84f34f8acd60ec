using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Domain.UnitTests.Risk;

public sealed class AccessSignalTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LiveFor = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("a1b2c3d4-e5f6", "a1b2c3d4-e5f6")]
    [InlineData("short", null)]
    [InlineData("has spaces in it", null)]
    [InlineData("", null)]
    public void KeepsOnlyAWellFormedDeviceId(string deviceId, string? kept) =>
        Assert.Equal(kept, ClientOrigin.Of("192.0.2.1", deviceId).DeviceId);

    [Fact]
    public void TellsDevicesApartByTheirIdOrElseByTheirAddress()
    {
        Assert.Equal("phone-0001", ClientOrigin.Of("192.0.2.1", "phone-0001").DeviceKey);
        Assert.Equal("192.0.2.1", ClientOrigin.Of("192.0.2.1", null).DeviceKey);
    }

    [Fact]
    public void MarksAMissingAddressUnknown()
    {
        var origin = ClientOrigin.Of(null, null);

        Assert.Equal((ClientOrigin.UnknownAddress, false), (origin.Address, origin.HasKnownAddress));
    }

    [Fact]
    public void AStreamIsLiveUntilItsHeartbeatIsOlderThanTheWindow()
    {
        var stream = StreamSighting.Start(Guid.CreateVersion7(), ClientOrigin.Of("192.0.2.1", "phone-0001"), Guid.CreateVersion7(), Now);

        Assert.True(stream.IsLiveAt(Now.AddMinutes(4), LiveFor));
        Assert.False(stream.IsLiveAt(Now.AddMinutes(5), LiveFor));
    }

    [Fact]
    public void AHeartbeatAfterAPauseStartsANewStream()
    {
        var origin = ClientOrigin.Of("192.0.2.1", "phone-0001");
        var stream = StreamSighting.Start(Guid.CreateVersion7(), origin, Guid.CreateVersion7(), Now);

        stream.Beat(origin, stream.LessonId, Now.AddMinutes(3), LiveFor);
        var startedBeforePause = stream.StartedAt;
        stream.Beat(ClientOrigin.Of("192.0.2.2", "phone-0001"), stream.LessonId, Now.AddMinutes(20), LiveFor);

        Assert.Equal(Now, startedBeforePause);
        Assert.Equal((Now.AddMinutes(20), Now.AddMinutes(20), "192.0.2.2"), (stream.StartedAt, stream.LastSeenAt, stream.Address));
    }
}
