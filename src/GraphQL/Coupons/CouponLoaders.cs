using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Application.Coupons.Queries.GetCouponsByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Coupons;

public sealed class CouponByIdLoader(QueryScope scope)
    : BatchLoader<Guid, CouponDto>(scope, ids => new GetCouponsByIdsQuery(ids));
