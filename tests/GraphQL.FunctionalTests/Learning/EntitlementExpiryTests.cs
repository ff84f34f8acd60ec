using System.Net;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary>
/// Access that ends by itself: an enrollment or membership past its expiry opens no lesson body and follows no media
/// link, even one signed while it still ran; an active membership opens the courses its plan covers.
/// </summary>
public abstract class EntitlementExpiryTests(KnowledgePayApp app) : LearningTest(app)
{
    private static readonly string?[] PreviewOnly = [BodyOf(0), null, null];
    private static readonly string?[] Everything = [BodyOf(0), BodyOf(1), BodyOf(2)];

    [Fact]
    public async Task AnExpiredEnrollmentOpensNoPaidBodyAndNoMediaLink()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_expired");
        var now = DateTimeOffset.UtcNow;
        await App.AddAsync(Enrollment.ByAdmin(UserIdOf(learner), course.Id, now.AddDays(-31), expiresAt: now.AddMinutes(-1)));

        var lessons = await LessonsAsync(learner.Client, course.Id);
        using var media = await FollowSignedLinkAsync(course, learner);

        Assert.Equal(PreviewOnly, Bodies(lessons));
        Assert.Equal(HttpStatusCode.Forbidden, media.StatusCode);
    }

    [Fact]
    public async Task AnEnrollmentNotYetExpiredOpensEveryBodyAndItsMediaLinks()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_running");
        var now = DateTimeOffset.UtcNow;
        await App.AddAsync(Enrollment.ByAdmin(UserIdOf(learner), course.Id, now.AddDays(-1), expiresAt: now.AddDays(1)));

        var lessons = await LessonsAsync(learner.Client, course.Id);
        using var media = await FollowSignedLinkAsync(course, learner);

        Assert.Equal(Everything, Bodies(lessons));
        Assert.Equal(HttpStatusCode.Redirect, media.StatusCode);
    }

    [Fact]
    public async Task AnActiveMembershipOpensTheCoursesOfItsPlanOnly()
    {
        var covered = await AddPaidCourseAsync();
        var other = await AddPaidCourseAsync();
        var member = await SignInAsync("o_member");
        var plan = Plan([covered.Id]);
        await App.AddAsync(plan, Membership.Start(UserIdOf(member), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow));

        var coveredLessons = await LessonsAsync(member.Client, covered.Id);
        var otherLessons = await LessonsAsync(member.Client, other.Id);
        using var media = await FollowSignedLinkAsync(covered, member);

        Assert.Equal(Everything, Bodies(coveredLessons));
        Assert.Equal(PreviewOnly, Bodies(otherLessons));
        Assert.Equal(HttpStatusCode.Redirect, media.StatusCode);
    }

    [Fact]
    public async Task AnExpiredMembershipOpensNoPaidBodyAndNoMediaLink()
    {
        var course = await AddPaidCourseAsync();
        var member = await SignInAsync("o_lapsed");
        var plan = Plan([]);
        await App.AddAsync(plan, Membership.Start(UserIdOf(member), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow.AddDays(-31)));

        var lessons = await LessonsAsync(member.Client, course.Id);
        using var media = await FollowSignedLinkAsync(course, member);

        Assert.Equal(PreviewOnly, Bodies(lessons));
        Assert.Equal(HttpStatusCode.Forbidden, media.StatusCode);
    }

    [Fact]
    public async Task TheViewerAccessSaysAMemberMayOpenACourseTheyAreNotEnrolledIn()
    {
        var course = await AddPaidCourseAsync();
        var member = await SignInAsync("o_viewer");
        var plan = Plan([]);
        await App.AddAsync(plan, Membership.Start(UserIdOf(member), plan, EnrollmentSource.AdminGrant, null, DateTimeOffset.UtcNow));

        var access = (await member.Client.QueryAsync(
                "query($id: ID!) { course(id: $id) { viewerAccess { enrolled canOpen } } }",
                new { id = GlobalId.Encode("Course", course.Id) }))
            .GetProperty("course").GetProperty("viewerAccess");

        Assert.False(access.GetProperty("enrolled").GetBoolean());
        Assert.True(access.GetProperty("canOpen").GetBoolean());
    }

    private static Guid UserIdOf(Session session) => GlobalId.DecodeOf("User", session.UserId);

    private static Offer Plan(IReadOnlyList<Guid> courseIds) =>
        Offer.MembershipPlan("VIP", null, Money.Fen(19900), 30, courseIds, 20, PriceGuardrails.None, DateTimeOffset.UtcNow.AddDays(-60));

    /// <summary>Follows a valid media link of the course's second (paid) lesson, signed now for the learner.</summary>
    private async Task<HttpResponseMessage> FollowSignedLinkAsync(Course course, Session learner)
    {
        var lessonId = course.Chapters.Single().Lessons.ElementAt(1).Id;
        var link = App.Services.GetRequiredService<IMediaUrlSigner>().Sign(lessonId, UserIdOf(learner), DateTimeOffset.UtcNow);
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(link.Url);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EntitlementExpiryTestsOnSqlite(SqliteApp app) : EntitlementExpiryTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class EntitlementExpiryTestsOnPostgreSql(PostgreSqlApp app) : EntitlementExpiryTests(app);
