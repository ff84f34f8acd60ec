using KnowledgePay.Application.Auditing.Queries;
using KnowledgePay.Application.Auditing.Queries.GetAuditLog;
using KnowledgePay.Application.Catalog.Commands.CreateCourse;
using KnowledgePay.Application.Catalog.Commands.SetCoursePrice;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetManagedCourses;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Catalog;

public sealed class AuditAndManagedCoursesTests : IAsyncLifetime
{
    private readonly CatalogApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RecordsWhoChangedWhatInTheSameSave()
    {
        _app.SignInAsCreator();
        var course = await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Draft", "Summary", 4900));

        await _app.SendAsync<CourseDto>(new SetCoursePriceCommand(course.Id, 9900));

        var entries = await _app.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["CourseCreated", "CoursePriceChanged"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((_app.CreatorUserId, "Course", course.Id), (e.UserId!.Value, e.EntityType, e.EntityId)));
        Assert.Contains("\"oldPriceFen\":4900", entries[1].Changes, StringComparison.Ordinal);
        Assert.Contains("\"newPriceFen\":9900", entries[1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReadsTheAuditLogNewestFirst()
    {
        _app.SignInAsCreator();
        var course = await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Draft", "Summary", 4900));
        await _app.SendAsync<CourseDto>(new SetCoursePriceCommand(course.Id, 9900));
        _app.SignInAsAdmin();

        var page = await _app.SendAsync<Page<AuditEntryDto>>(new GetAuditLogQuery(new QueryContext<AuditEntryDto>()));

        Assert.Equal(["CoursePriceChanged", "CourseCreated"], page.Edges.Select(e => e.Node.Action));
    }

    [Fact]
    public async Task CreatorSeesOwnCoursesInEveryStatusAndAdminSeesAll()
    {
        _app.SignInAsCreator();
        var own = await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Mine", "Summary", 0));
        _app.SignInAsOtherCreator();
        await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Theirs", "Summary", 0));

        _app.SignInAsCreator();
        var creatorPage = await _app.SendAsync<Page<CourseDto>>(new GetManagedCoursesQuery(new QueryContext<CourseDto>()));
        _app.SignInAsAdmin();
        var adminPage = await _app.SendAsync<Page<CourseDto>>(new GetManagedCoursesQuery(new QueryContext<CourseDto>()));

        Assert.Equal([own.Id], creatorPage.Edges.Select(e => e.Node.Id));
        Assert.Equal(2, adminPage.Edges.Count);
    }
}
