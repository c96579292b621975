# The API parsers, the administrator-log parser and its model. Samples are
# real answers of infinity-sim, kept under data/.
iuc_add_qtest(tst_resourceparser SOURCES tst_resourceparser.cpp LIBS iuc_api_resources LABELS unit)
target_compile_definitions(tst_resourceparser PRIVATE IUC_API_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")

iuc_add_qtest(tst_logline SOURCES tst_logline.cpp LIBS iuc_model_log LABELS unit)

iuc_add_qtest(tst_logmodel SOURCES tst_logmodel.cpp LIBS iuc_model_log LABELS unit)
