using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Application.Offers.Queries.GetCourseIdsByOfferIds;
using KnowledgePay.Application.Offers.Queries.GetOffersByCourseIds;
using KnowledgePay.Application.Offers.Queries.GetOffersByIds;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Offers;

public sealed class OfferByIdLoader(QueryScope scope)
    : BatchLoader<Guid, OfferDto>(scope, ids => new GetOffersByIdsQuery(ids));

public sealed class OffersByCourseIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<OfferDto>>(scope, ids => new GetOffersByCourseIdsQuery(ids));

public sealed class CourseIdsByOfferIdLoader(QueryScope scope)
    : BatchLoader<Guid, IReadOnlyList<Guid>>(scope, ids => new GetCourseIdsByOfferIdsQuery(ids));
