namespace TableImport
{
    /// <summary>The kind of model an import job feeds. Sent as the GraphQL enum <c>modelType</c>.</summary>
    public enum ModelType
    {
        /// <summary>Classification with a categorical label and an optional score (<c>score_categorical</c>).</summary>
        ScoreCategorical,
        /// <summary>Regression with numeric predictions (<c>numeric</c>).</summary>
        Numeric,
        /// <summary>Ranking with prediction groups and ranks (<c>ranking</c>).</summary>
        Ranking,
        /// <summary>Multi-class classification with score maps (<c>multi_class</c>).</summary>
        MultiClass,
        /// <summary>Object detection with bounding boxes (<c>object_detection</c>).</summary>
        ObjectDetection,
        /// <summary>Generative LLM (<c>generative_llm</c>).</summary>
        GenerativeLlm,
    }

    /// <summary>The model environment. Sent as the GraphQL enum <c>modelEnvironmentName</c>.</summary>
    public enum ModelEnvironment
    {
        /// <summary><c>production</c>.</summary>
        Production,
        /// <summary><c>validation</c>; Arize requires a batch id.</summary>
        Validation,
        /// <summary><c>training</c>.</summary>
        Training,
        /// <summary><c>tracing</c>; not a table-import target for the model types above.</summary>
        Tracing,
    }

    /// <summary>The data warehouse that holds the table. Sent as the GraphQL enum <c>tableStore</c>.</summary>
    public enum TableStore
    {
        /// <summary>Google BigQuery (<c>BigQuery</c>).</summary>
        BigQuery,
        /// <summary>Snowflake (<c>Snowflake</c>).</summary>
        Snowflake,
        /// <summary>Databricks (<c>Databricks</c>).</summary>
        Databricks,
    }

    /// <summary>How member names become column names when no <see cref="ColumnNameAttribute"/> is given.</summary>
    public enum ColumnNaming
    {
        /// <summary><c>PredictionTs</c> becomes <c>prediction_ts</c> (the default).</summary>
        SnakeCase,
        /// <summary><c>PredictionTs</c> becomes <c>PREDICTION_TS</c>, as Snowflake folds unquoted names.</summary>
        UpperSnakeCase,
        /// <summary>The member name is the column name.</summary>
        AsDeclared,
    }

    /// <summary>The GraphQL spellings of the enums, as the Table Importer API expects them.</summary>
    public static class GraphQLNames
    {
        /// <summary>The GraphQL spelling of a model type, for example <c>score_categorical</c>.</summary>
        public static string Of(ModelType value)
        {
            switch (value)
            {
                case ModelType.ScoreCategorical: return "score_categorical";
                case ModelType.Numeric: return "numeric";
                case ModelType.Ranking: return "ranking";
                case ModelType.MultiClass: return "multi_class";
                case ModelType.ObjectDetection: return "object_detection";
                case ModelType.GenerativeLlm: return "generative_llm";
                default: throw new System.ArgumentOutOfRangeException(nameof(value), value, "Unknown model type.");
            }
        }

        /// <summary>The GraphQL spelling of an environment, for example <c>production</c>.</summary>
        public static string Of(ModelEnvironment value)
        {
            switch (value)
            {
                case ModelEnvironment.Production: return "production";
                case ModelEnvironment.Validation: return "validation";
                case ModelEnvironment.Training: return "training";
                case ModelEnvironment.Tracing: return "tracing";
                default: throw new System.ArgumentOutOfRangeException(nameof(value), value, "Unknown model environment.");
            }
        }

        /// <summary>The GraphQL spelling of a table store, for example <c>BigQuery</c>.</summary>
        public static string Of(TableStore value)
        {
            switch (value)
            {
                case TableStore.BigQuery: return "BigQuery";
                case TableStore.Snowflake: return "Snowflake";
                case TableStore.Databricks: return "Databricks";
                default: throw new System.ArgumentOutOfRangeException(nameof(value), value, "Unknown table store.");
            }
        }

        /// <summary>Parses the GraphQL spelling of a model type; false when it is not one.</summary>
        public static bool TryParse(string? text, out ModelType value)
        {
            for (var i = ModelType.ScoreCategorical; i <= ModelType.GenerativeLlm; i++)
            {
                if (Of(i) == text) { value = i; return true; }
            }
            value = default;
            return false;
        }

        /// <summary>Parses the GraphQL spelling of an environment; false when it is not one.</summary>
        public static bool TryParse(string? text, out ModelEnvironment value)
        {
            for (var i = ModelEnvironment.Production; i <= ModelEnvironment.Tracing; i++)
            {
                if (Of(i) == text) { value = i; return true; }
            }
            value = default;
            return false;
        }

        /// <summary>Parses the GraphQL spelling of a table store; false when it is not one.</summary>
        public static bool TryParse(string? text, out TableStore value)
        {
            for (var i = TableStore.BigQuery; i <= TableStore.Databricks; i++)
            {
                if (Of(i) == text) { value = i; return true; }
            }
            value = default;
            return false;
        }
    }
}
