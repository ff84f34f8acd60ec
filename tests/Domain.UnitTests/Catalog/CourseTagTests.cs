using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.UnitTests.Catalog;

public sealed class CourseTagTests
{
    [Fact]
    public void KeepsOneTagWhenSameTagIsAddedTwice()
    {
        var course = Drafts.Course();
        var tagId = Guid.CreateVersion7();

        course.TagWith(tagId);
        course.TagWith(tagId);

        var tag = Assert.Single(course.Tags);
        Assert.Equal(tagId, tag.TagId);
        Assert.Equal(course.Id, tag.CourseId);
    }

    [Fact]
    public void AcceptsTagsWhenAtTheLimit()
    {
        var course = Drafts.Course();

        for (var i = 0; i < CatalogLimits.MaxTagsPerCourse; i++)
        {
            course.TagWith(Guid.CreateVersion7());
        }

        Assert.Equal(CatalogLimits.MaxTagsPerCourse, course.Tags.Count);
    }

    [Fact]
    public void FailsWithTooManyTagsWhenLimitIsExceeded()
    {
        var course = Drafts.Course();
        for (var i = 0; i < CatalogLimits.MaxTagsPerCourse; i++)
        {
            course.TagWith(Guid.CreateVersion7());
        }

        var error = Assert.Throws<DomainException>(() => course.TagWith(Guid.CreateVersion7()));

        Assert.Equal("COURSE_TOO_MANY_TAGS", error.Code);
    }

    [Fact]
    public void IgnoresKnownTagWhenAtTheLimit()
    {
        var course = Drafts.Course();
        var first = Guid.CreateVersion7();
        course.TagWith(first);
        for (var i = 1; i < CatalogLimits.MaxTagsPerCourse; i++)
        {
            course.TagWith(Guid.CreateVersion7());
        }

        course.TagWith(first);

        Assert.Equal(CatalogLimits.MaxTagsPerCourse, course.Tags.Count);
    }
}
