using KnowledgePay.Application.Catalog.Commands.AddChapter;
using KnowledgePay.Application.Catalog.Commands.AddLesson;
using KnowledgePay.Application.Catalog.Commands.CreateCourse;
using KnowledgePay.Application.Catalog.Commands.CreateCreator;
using KnowledgePay.Application.Catalog.Commands.MoveLesson;
using KnowledgePay.Application.Catalog.Commands.PublishCourse;
using KnowledgePay.Application.Catalog.Commands.RemoveChapter;
using KnowledgePay.Application.Catalog.Commands.SetCoursePrice;
using KnowledgePay.Application.Catalog.Commands.UpdateCourseDetails;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Catalog;

public sealed class CourseManagementTests : IAsyncLifetime
{
    private readonly CatalogApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CreatorCreatesADraftOfTheirOwn()
    {
        _app.SignInAsCreator();

        var course = await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Prompting", "Write prompts", 1900));

        Assert.Equal((_app.Creator.Id, CourseStatus.Draft, 1900L), (course.CreatorId, course.Status, course.PriceFen));
        Assert.True(await _app.WithDbAsync(db => db.Courses.AnyAsync(c => c.Id == course.Id)));
    }

    [Fact]
    public async Task FailsWhenCreatorCreatesForAnotherCreator()
    {
        _app.SignInAsCreator();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            _app.SendAsync<CourseDto>(new CreateCourseCommand(_app.OtherCreator.Id, _app.Category.Id, "Title", "Summary", 0)));

        Assert.False(await _app.WithDbAsync(db => db.Courses.AnyAsync()));
    }

    [Fact]
    public async Task AdminCreatesForAnyCreator()
    {
        _app.SignInAsAdmin();

        var course = await _app.SendAsync<CourseDto>(new CreateCourseCommand(_app.OtherCreator.Id, _app.Category.Id, "Title", "Summary", 0));

        Assert.Equal(_app.OtherCreator.Id, course.CreatorId);
    }

    [Fact]
    public async Task FailsAndSavesNothingWhenCreatorEditsAnotherCreatorsCourse()
    {
        var course = await DraftAsync();
        _app.SignInAsOtherCreator();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            _app.SendAsync<CourseDto>(new SetCoursePriceCommand(course.Id, 1)));

        var saved = await _app.WithDbAsync(db => db.Courses.SingleAsync(c => c.Id == course.Id));
        Assert.Equal((4900L, 0), (saved.Price.AmountFen, saved.Version));
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task FailsValidationOnNegativePriceAndSavesNothing()
    {
        var course = await DraftAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            _app.SendAsync<CourseDto>(new SetCoursePriceCommand(course.Id, -1)));

        Assert.Equal(["Price"], error.Errors.Keys);
        Assert.Equal(4900L, await _app.WithDbAsync(db => db.Courses.Select(c => c.Price.AmountFen).SingleAsync()));
    }

    [Fact]
    public async Task FailsWhenCategoryDoesNotExist()
    {
        var course = await DraftAsync();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => _app.SendAsync<CourseDto>(
            new UpdateCourseDetailsCommand(course.Id, "Title", "Summary", null, Guid.NewGuid(), [])));

        Assert.Equal(nameof(Category), error.Entity);
    }

    [Fact]
    public async Task UpdatesDetailsAndTags()
    {
        var course = await DraftAsync();

        await _app.SendAsync<CourseDto>(new UpdateCourseDetailsCommand(
            course.Id, "New title", "New summary", "https://cdn.example/c.png", _app.Category.Id, [.. _app.Tags.Select(t => t.Id)]));

        var saved = await _app.WithDbAsync(db => db.Courses.Include(c => c.Tags).SingleAsync());
        Assert.Equal(("New title", "https://cdn.example/c.png"), (saved.Title, saved.CoverUrl));
        Assert.Equal(_app.Tags.Select(t => t.Id).Order(), saved.Tags.Select(t => t.TagId).Order());
    }

    [Fact]
    public async Task PersistsOutlineChangesWithDensePositions()
    {
        var course = await DraftAsync();
        var withChapters = await _app.SendAsync<CourseDto>(new AddChapterCommand(course.Id, "One"));
        await _app.SendAsync<CourseDto>(new AddChapterCommand(course.Id, "Two"));
        await _app.SendAsync<CourseDto>(new AddChapterCommand(course.Id, "Three"));
        var chapters = await ChaptersAsync(course.Id);
        foreach (var title in new[] { "a", "b" })
        {
            await _app.SendAsync<CourseDto>(new AddLessonCommand(chapters[0].Id, new LessonContent(title, LessonKind.Video, 100, false)));
        }

        await _app.SendAsync<CourseDto>(new AddLessonCommand(chapters[2].Id, new LessonContent("c", LessonKind.Audio, 50, false)));
        var lessonA = (await ChaptersAsync(course.Id))[0].Lessons.Single(l => l.Title == "a");

        await _app.SendAsync<CourseDto>(new MoveLessonCommand(lessonA.Id, chapters[2].Id, 0));
        var result = await _app.SendAsync<CourseDto>(new RemoveChapterCommand(chapters[1].Id));

        var outline = await ChaptersAsync(course.Id);
        Assert.Equal(["One", "Three"], outline.Select(c => c.Title));
        Assert.Equal([0, 1], outline.Select(c => c.Position));
        Assert.Equal(["b"], outline[0].Lessons.OrderBy(l => l.Position).Select(l => l.Title));
        Assert.Equal([("a", 0), ("c", 1)], outline[1].Lessons.OrderBy(l => l.Position).Select(l => (l.Title, l.Position)));
        Assert.Equal((3, 250), (result.LessonCount, result.TotalDurationSeconds));
        Assert.Equal(0, withChapters.LessonCount);
    }

    [Fact]
    public async Task FailsToPublishWithoutLessons()
    {
        var course = await DraftAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsync<CourseDto>(new PublishCourseCommand(course.Id)));

        Assert.Equal("COURSE_HAS_NO_LESSONS", error.Code);
    }

    [Fact]
    public async Task ReportsAConflictWhenTheCourseChangedSinceItWasRead()
    {
        var course = await DraftAsync();

        var error = await Assert.ThrowsAsync<ConflictException>(() => _app.WithDbAsync(async db =>
        {
            var stale = await db.Courses.SingleAsync(c => c.Id == course.Id);
            await _app.SendAsync<CourseDto>(new SetCoursePriceCommand(course.Id, 100));
            stale.ChangePrice(Money.Fen(200));
            await db.SaveChangesAsync();
        }));

        Assert.NotEmpty(error.Message);
        Assert.Equal(100L, await _app.WithDbAsync(db => db.Courses.Select(c => c.Price.AmountFen).SingleAsync()));
    }

    [Fact]
    public async Task FailsWhenTheUserAlreadyHasACreatorProfile()
    {
        _app.SignInAsAdmin();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _app.SendAsync<CreatorDto>(new CreateCreatorCommand(_app.CreatorUserId, "Again", null, null, null)));

        Assert.Equal(CreatorErrors.AlreadyExistsCode, error.Code);
    }

    private async Task<CourseDto> DraftAsync()
    {
        _app.SignInAsCreator();
        return await _app.SendAsync<CourseDto>(new CreateCourseCommand(null, _app.Category.Id, "Draft", "Summary", 4900));
    }

    private Task<List<Chapter>> ChaptersAsync(Guid courseId) => _app.WithDbAsync(db => db.Courses
        .Where(c => c.Id == courseId)
        .SelectMany(c => c.Chapters)
        .Include(c => c.Lessons)
        .OrderBy(c => c.Position)
        .ToListAsync());
}
