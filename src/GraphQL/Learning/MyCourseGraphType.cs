using GraphQL.Types;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Learning;

/// <summary>One of the caller's own enrollments, with their progress in it.</summary>
internal sealed class MyCourseGraphType : ObjectGraphType<EnrollmentDto>
{
    public MyCourseGraphType()
    {
        Name = "MyCourse";
        Description = "A course the signed-in caller may study, with how far they have got.";
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Description("The course.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(e => e.GrantedAt).Description("When the caller got access (paid or granted).");
        Field(e => e.ExpiresAt, nullable: true).Description("When access ends by itself; null for access that lasts until revoked.");
        Field<NonNullGraphType<IntGraphType>>("progressPercent")
            .Description("Completed lessons out of all the course's lessons, 0 to 100.")
            .Resolve(ctx => ctx.Loader<CourseAccessByCourseIdLoader>().LoadAsync(ctx.Source.CourseId).Then(a => a?.ProgressPercent ?? 0));
        Field<Schema.DateTimeGraphType>("lastStudiedAt")
            .Description("When the caller last reported progress in the course; null before they start.")
            .Resolve(ctx => ctx.Loader<CourseAccessByCourseIdLoader>().LoadAsync(ctx.Source.CourseId).Then(a => a?.LastStudiedAt));
    }
}
