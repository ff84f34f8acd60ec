using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClusterModelStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecommenderModels",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    TrainedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Interactions = table.Column<int>(type: "int", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false),
                    Courses = table.Column<int>(type: "int", nullable: false),
                    TrainingSeconds = table.Column<double>(type: "float", nullable: false),
                    TrainingAuc = table.Column<double>(type: "float", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommenderModels", x => x.Version);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecommenderModels");
        }
    }
}
