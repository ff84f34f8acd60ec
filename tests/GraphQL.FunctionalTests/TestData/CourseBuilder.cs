using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.GraphQL.FunctionalTests.TestData;

/// <summary>Builds a course through the domain's own methods, so test data obeys the same rules as real data.</summary>
public sealed class CourseBuilder(int sequence)
{
    private readonly List<LessonKind> _lessons = [];
    private readonly List<Tag> _tags = [];
    private readonly List<int> _ratings = [];
    private Creator? _creator;
    private Category? _category;
    private string _title = $"Course {sequence}";
    private string _summary = $"Summary of course {sequence}";
    private long _priceFen = 9900;
    private DateTimeOffset? _publishedAt;
    private int _students;

    public CourseBuilder By(Creator creator)
    {
        _creator = creator;
        return this;
    }

    public CourseBuilder In(Category category)
    {
        _category = category;
        return this;
    }

    public CourseBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public CourseBuilder Summarised(string summary)
    {
        _summary = summary;
        return this;
    }

    public CourseBuilder PricedAt(long fen)
    {
        _priceFen = fen;
        return this;
    }

    public CourseBuilder Free() => PricedAt(0);

    public CourseBuilder WithLessons(int count, LessonKind kind = LessonKind.Video)
    {
        _lessons.AddRange(Enumerable.Repeat(kind, count));
        return this;
    }

    public CourseBuilder TaggedWith(params Tag[] tags)
    {
        _tags.AddRange(tags);
        return this;
    }

    public CourseBuilder RatedWith(params int[] stars)
    {
        _ratings.AddRange(stars);
        return this;
    }

    public CourseBuilder WithStudents(int count)
    {
        _students = count;
        return this;
    }

    /// <summary>Published at <paramref name="at"/>, or at a moment that grows with every course built.</summary>
    public CourseBuilder Published(DateTimeOffset? at = null)
    {
        _publishedAt = at ?? Builders.Epoch.AddMinutes(sequence);
        return this;
    }

    public Course Build()
    {
        var creator = _creator ?? throw new InvalidOperationException("Say who teaches the course with By(creator).");
        var category = _category ?? throw new InvalidOperationException("Say where the course is listed with In(category).");
        var course = Course.Draft(creator.Id, category.Id, _title, _summary, Money.Fen(_priceFen), Builders.Epoch);
        if (_lessons.Count > 0 || _publishedAt is not null)
        {
            var chapter = course.AddChapter("第一章 Getting started");
            foreach (var (kind, i) in (_lessons.Count > 0 ? _lessons : [LessonKind.Video]).Select((k, i) => (k, i)))
            {
                course.AddLesson(chapter.Id, new LessonContent($"Lesson {i + 1}", kind, 300, IsFreePreview: i == 0));
            }
        }

        foreach (var tag in _tags)
        {
            course.TagWith(tag.Id);
        }

        if (_publishedAt is { } publishedAt)
        {
            course.Publish(publishedAt);
        }

        foreach (var stars in _ratings)
        {
            course.RecordRating(stars);
        }

        for (var i = 0; i < _students; i++)
        {
            course.RecordEnrollment();
        }

        return course;
    }
}
