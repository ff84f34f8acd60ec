using GraphQL.Types;
using KnowledgePay.Application.Memberships.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Memberships;

/// <summary>One of the caller's active memberships.</summary>
internal sealed class MembershipGraphType : ObjectGraphType<MembershipDto>
{
    public const string TypeName = "Membership";


    public MembershipGraphType()
    {
        Name = TypeName;
        Description = "A membership the signed-in caller holds now: the plan, until when, and where its latest term came from.";
        this.GlobalIdField(TypeName, m => m.Id);
        Field<NonNullGraphType<IdGraphType>>("planId")
            .Description("The global id of the membership plan.")
            .Resolve(ctx => GlobalId.Encode(OfferGraphType.TypeName, ctx.Source.PlanId));
        Field(m => m.PlanTitle).Description("The plan's title.");
        Field(m => m.CoversAllCourses).Description("Whether the plan opens every course; otherwise it opens `courses`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseGraphType>>>>("courses")
            .Description("The courses the plan opens when it does not cover them all; empty when it does.")
            .Resolve(ctx => DataLoaderResults.WhenAll([.. ctx.Source.CourseIds.Select(id => ctx.Loader<CourseByIdLoader>().LoadAsync(id))])
                .Then(courses => courses.Where(c => c is not null).ToList()));
        Field(m => m.MemberDiscountPercent).Description("The member price: percent off the courses the plan does not open.");
        Field(m => m.StartedAt).Description("When the membership began.");
        Field(m => m.ExpiresAt).Description("When it ends unless renewed; a renewal extends it from here.");
        Field(m => m.Source, type: typeof(NonNullGraphType<EnrollmentSourceGraphType>))
            .Description("How its latest term was obtained: bought, gifted, redeemed or granted by an admin.");
    }
}
