using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;

namespace KnowledgePay.Domain.UnitTests.Learning;

public sealed class EnrollmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StopsGrantingAccessWhenItExpires()
    {
        var enrollment = Enrollment.ByAdmin(Guid.NewGuid(), Guid.NewGuid(), Now, expiresAt: Now.AddDays(7));

        Assert.True(enrollment.IsActiveAt(Now.AddDays(7).AddSeconds(-1)));
        Assert.False(enrollment.IsActiveAt(Now.AddDays(7)));
        Assert.True(Enrollment.ActiveAt(Now).Compile()(enrollment));
        Assert.False(Enrollment.ActiveAt(Now.AddDays(8)).Compile()(enrollment));
    }

    [Fact]
    public void CanBeRevokedAfterItExpiredSoThatANewGrantReplacesIt()
    {
        var enrollment = Enrollment.ByAdmin(Guid.NewGuid(), Guid.NewGuid(), Now, expiresAt: Now.AddDays(1));

        enrollment.Revoke(Now.AddDays(2));

        Assert.Equal(Now.AddDays(2), enrollment.RevokedAt);
        Assert.Equal("ENROLLMENT_ALREADY_REVOKED", Assert.Throws<DomainException>(() => enrollment.Revoke(Now.AddDays(3))).Code);
    }

    [Fact]
    public void CopiesTheSourceOrderAndBundleWhenASeriesReachesAnEarlierBuyer()
    {
        var bundleId = Guid.NewGuid();
        var earlier = Enrollment.ByPurchase(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, bundleId);
        var course = Guid.NewGuid();

        var reached = Enrollment.ThroughSeries(earlier, course, Now.AddDays(1));

        Assert.Equal((earlier.UserId, course, EnrollmentSource.Purchase, earlier.OrderId, bundleId), (reached.UserId, reached.CourseId, reached.Source, reached.OrderId, reached.BundleId));
    }
}
