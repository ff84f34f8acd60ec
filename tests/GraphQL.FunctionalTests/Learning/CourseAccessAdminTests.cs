using KnowledgePay.Domain.Learning;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Learning;

/// <summary><c>grantCourseAccess</c> / <c>revokeCourseAccess</c>: admins only, audited, with typed errors.</summary>
public abstract class CourseAccessAdminTests(KnowledgePayApp app) : LearningTest(app)
{
    [Fact]
    public async Task RefusesALearnerWithNotAuthorizedAndChangesNothingWhenGranting()
    {
        var course = await AddPaidCourseAsync();
        var learner = await SignInAsync("o_learner");
        var before = await RowCountsAsync();

        var response = await learner.Client.PostGraphQLAsync(
            "mutation($input: GrantCourseAccessInput!) { grantCourseAccess(input: $input) { enrollment { id } } }",
            new { input = new { userId = learner.UserId, courseId = GlobalId.Encode("Course", course.Id) } });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task RefusesALearnerWithNotAuthorizedAndKeepsTheEnrollmentWhenRevoking()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        await GrantAsync(admin, buyer.UserId, course.Id);
        var before = await RowCountsAsync();

        var response = await buyer.Client.PostGraphQLAsync(
            "mutation($input: RevokeCourseAccessInput!) { revokeCourseAccess(input: $input) { enrollment { id } } }",
            new { input = new { userId = buyer.UserId, courseId = GlobalId.Encode("Course", course.Id) } });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes);
        Assert.Equal(before, await RowCountsAsync());
        Assert.Equal(1, await App.ReadAsync(db => db.Enrollments.ActiveAt(DateTimeOffset.UtcNow).CountAsync()));
    }

    [Fact]
    public async Task GrantsByAdminAndAuditsWhoDidIt()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");

        var granted = await GrantAsync(admin, buyer.UserId, course.Id);

        Assert.Empty(granted.PayloadErrors());
        Assert.Equal("ADMIN_GRANT", granted.GetProperty("enrollment").GetProperty("source").GetString());
        var entry = Assert.Single((await admin.Client.QueryAsync("{ auditLog { nodes { entityType action userId } } }")).Nodes("auditLog"),
            e => e.GetProperty("entityType").GetString() == "Enrollment");
        Assert.Equal(("EnrollmentGranted", admin.UserId), (entry.GetProperty("action").GetString(), entry.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task ReturnsAlreadyEnrolledWhenGrantingTwice()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var buyer = await SignInAsync("o_buyer");
        await GrantAsync(admin, buyer.UserId, course.Id);

        var again = await GrantAsync(admin, buyer.UserId, course.Id);

        Assert.Equal([("AlreadyEnrolledError", "ALREADY_ENROLLED")], again.PayloadErrors());
        Assert.Equal(1, await App.ReadAsync(db => db.Enrollments.CountAsync()));
    }

    [Fact]
    public async Task ReturnsNotEnrolledWhenRevokingAccessNeverGranted()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");

        var revoked = await RevokeAsync(admin, learner.UserId, course.Id);

        Assert.Equal([("NotEnrolledError", "NOT_ENROLLED")], revoked.PayloadErrors());
    }

    [Fact]
    public async Task ReturnsNotFoundWhenTheUserOrCourseIsUnknown()
    {
        var course = await AddPaidCourseAsync();
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");

        var unknownUser = await GrantAsync(admin, GlobalId.Encode("User", Guid.CreateVersion7()), course.Id);
        var unknownCourse = await GrantAsync(admin, learner.UserId, Guid.CreateVersion7());

        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknownUser.PayloadErrors());
        Assert.Equal([("NotFoundError", "NOT_FOUND")], unknownCourse.PayloadErrors());
        Assert.Equal(0, await App.ReadAsync(db => db.Enrollments.CountAsync()));
    }

    private Task<(int Enrollments, int AuditEntries)> RowCountsAsync() =>
        App.ReadAsync(async db => (await db.Enrollments.CountAsync(), await db.AuditEntries.CountAsync()));
}

[Collection(SqliteCollection.Name)]
public sealed class CourseAccessAdminTestsOnSqlite(SqliteApp app) : CourseAccessAdminTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CourseAccessAdminTestsOnPostgreSql(PostgreSqlApp app) : CourseAccessAdminTests(app);
