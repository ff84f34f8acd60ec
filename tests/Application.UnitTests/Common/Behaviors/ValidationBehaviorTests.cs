using FluentValidation;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Catalog.Queries.GetCourses;
using KnowledgePay.Application.Common.Behaviors;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using ValidationException = KnowledgePay.Application.Common.Exceptions.ValidationException;

namespace KnowledgePay.Application.UnitTests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    private static readonly Page<CourseDto> EmptyPage = new([], false, false, null);

    [Fact]
    public async Task CallsTheHandlerWhenMessageIsValid()
    {
        var behavior = new ValidationBehavior<GetCoursesQuery, Page<CourseDto>>([new GetCoursesQueryValidator()]);

        var page = await behavior.Handle(new GetCoursesQuery(new QueryContext<CourseDto>()), (_, _) => new(EmptyPage), default);

        Assert.Same(EmptyPage, page);
    }

    [Fact]
    public async Task FailsWithEveryFieldErrorWhenMessageIsInvalid()
    {
        var behavior = new ValidationBehavior<GetCoursesQuery, Page<CourseDto>>([new GetCoursesQueryValidator()]);
        var query = new GetCoursesQuery(
            new QueryContext<CourseDto>(Page: new PageRequest(First: 500)), new string('x', SearchTerms.MaxLength + 1));
        var handled = false;

        var error = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(query, (_, _) => { handled = true; return new(EmptyPage); }, default));

        Assert.False(handled);
        Assert.Equal(["First", "search"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CallsTheHandlerWhenMessageHasNoValidators()
    {
        var behavior = new ValidationBehavior<GetCoursesQuery, Page<CourseDto>>(Array.Empty<IValidator<GetCoursesQuery>>());
        var query = new GetCoursesQuery(new QueryContext<CourseDto>(Page: new PageRequest(First: 500)));

        var page = await behavior.Handle(query, (_, _) => new(EmptyPage), default);

        Assert.Same(EmptyPage, page);
    }
}
