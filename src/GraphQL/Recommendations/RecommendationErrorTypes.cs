using KnowledgePay.Application.Recommendations;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Recommendations;

internal sealed class RecommenderNoBehaviourErrorGraphType() : CodedErrorGraphType(
    "RecommenderNoBehaviourError", RecommenderErrors.NoBehaviourCode, "There is no behaviour of consenting learners to train on yet.");
