using GraphQL.Types;
using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Coupons;

internal sealed class CouponGraphType : ObjectGraphType<CouponDto>
{
    public const string TypeName = "Coupon";

    public CouponGraphType()
    {
        Description = "An operator's coupon: its discount, what it covers, how long a claimed copy lasts and how many exist.";
        this.ImplementNode(TypeName, c => c.Id, (ctx, id) => ctx.Loader<CouponByIdLoader>().LoadAsync(id));
        Field(c => c.Title).Description("What the mini program shows, e.g. 满199减30.");
        Field<NonNullGraphType<CouponKindGraphType>>("kind").Description("How it discounts.").Resolve(ctx => ctx.Source.Kind)
            .Projects(nameof(CouponDto.Kind));
        Field(c => c.ThresholdFen).Description("The eligible subtotal it needs, in fen; 0 for none.");
        Field(c => c.AmountOffFen).Description("The amount off in fen (满减, 无门槛, 新人券); 0 for 折扣.");
        Field(c => c.PercentOff).Description("The percent off (折扣), e.g. 20 for 8折; 0 otherwise.");
        Field(c => c.CapFen).Description("The most a 折扣 takes off, in fen; 0 for no cap.");
        Field<NonNullGraphType<CouponScopeGraphType>>("scope")
            .Description("Which lines of an order it covers.")
            .Resolve(ctx => ctx.Source)
            .Projects(nameof(CouponDto.ScopeKind), nameof(CouponDto.ScopeCategoryIds), nameof(CouponDto.ScopeCourseIds), nameof(CouponDto.ScopeOfferKinds));
        Field(c => c.ValidFrom, nullable: true).Description("A fixed window's start; null when copies last validDays after their claim.");
        Field(c => c.ValidUntil, nullable: true).Description("A fixed window's end; null when copies last validDays after their claim.");
        Field(c => c.ValidDays, nullable: true).Description("How many days a copy lasts after its claim; null for a fixed window.");
        Field(c => c.TotalStock).Description("How many copies exist.");
        Field(c => c.ClaimedCount).Description("How many copies have been claimed or issued.");
        Field(c => c.PerUserLimit).Description("How many copies one user may hold.");
        Field(c => c.Code, nullable: true).Description("Admins: the code users type; null for anyone else.");
        Field(c => c.IsPublic).Description("Listed among claimableCoupons and claimable by id.");
        Field(c => c.ReturnsOnRefund).Description("A fully refunded order gives the coupon back to its holder.");
        Field<NonNullGraphType<CouponStatusGraphType>>("status").Description("Active or ended.").Resolve(ctx => ctx.Source.Status)
            .Projects(nameof(CouponDto.Status));
        Field(c => c.CreatedAt).Description("When the operator created it.");
        Field(c => c.EndedAt, nullable: true).Description("When the operator ended it.");
    }
}

internal sealed class CouponScopeGraphType : ObjectGraphType<CouponDto>
{
    public CouponScopeGraphType()
    {
        Name = "CouponScope";
        Description = "Which lines a coupon covers.";
        Field<NonNullGraphType<CouponScopeKindGraphType>>("kind").Description("All, categories, courses or offer kinds.")
            .Resolve(ctx => ctx.Source.ScopeKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("categoryIds")
            .Description("The categories' global ids, for a categories scope.")
            .Resolve(ctx => ctx.Source.ScopeCategoryIds.Select(id => GlobalId.Encode("Category", id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("courseIds")
            .Description("The courses' global ids, for a courses scope.")
            .Resolve(ctx => ctx.Source.ScopeCourseIds.Select(id => GlobalId.Encode("Course", id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferKindGraphType>>>>("offerKinds")
            .Description("The offer kinds, for an offer-kinds scope.")
            .Resolve(ctx => ctx.Source.ScopeOfferKinds);
    }
}
