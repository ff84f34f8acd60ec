namespace KnowledgePay.Domain.Catalog;

public enum CourseStatus
{
    Draft,
    Published,
    Archived,
}
