namespace KnowledgePay.Domain.Catalog;

/// <summary>A tag attached to a course; part of the course aggregate.</summary>
public sealed class CourseTag
{
    private CourseTag()
    {
    }

    internal CourseTag(Guid courseId, Guid tagId)
    {
        CourseId = courseId;
        TagId = tagId;
    }

    public Guid CourseId { get; private set; }

    public Guid TagId { get; private set; }
}
