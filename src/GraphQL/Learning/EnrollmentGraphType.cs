using GraphQL.Types;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Learning;

/// <summary>An enrollment as operators manage it: whose, which course, how and when granted or revoked.</summary>
internal sealed class EnrollmentGraphType : ObjectGraphType<EnrollmentDto>
{
    public EnrollmentGraphType()
    {
        Name = "Enrollment";
        Description = "A user's right to open a course's paid lessons; a revoked one stays as history.";
        this.GlobalIdField(Name, e => e.Id);
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The global id of the enrolled user.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.UserId));
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Description("The course.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(e => e.Source, type: typeof(NonNullGraphType<EnrollmentSourceGraphType>)).Description("How access was granted.");
        Field(e => e.GrantedAt).Description("When access was granted.");
        Field(e => e.ExpiresAt, nullable: true).Description("When access ends by itself; null for access that lasts until revoked.");
        Field(e => e.RevokedAt, nullable: true).Description("When access was withdrawn (refund or admin); null while active.");
    }
}

internal sealed class EnrollmentSourceGraphType : EnumerationGraphType<Domain.Learning.EnrollmentSource>
{
    public EnrollmentSourceGraphType()
    {
        Name = "EnrollmentSource";
        Description = "Where access came from: bought (a course or a bundle), granted by an admin, a claimed gift or a redeemed code.";
    }
}
